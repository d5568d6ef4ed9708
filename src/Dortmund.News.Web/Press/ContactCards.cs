using Dortmund.News.Catalogue.Queries;

namespace Dortmund.News.Web.Press;

/// <summary>A press contact as a vCard a journalist saves to their address book.</summary>
public static class ContactCards
{
    /// <param name="contact">The contact.</param>
    /// <param name="source">The absolute URL of this vCard (where an address book may fetch it again).</param>
    /// <param name="pressRoom">The absolute URL of the press room.</param>
    public static string Of(ContactView contact, string source, string pressRoom)
    {
        var card = new VCard()
            .Text("PRODID", "-//Dortmund.News//Pressekontakt//DE")
            .Uri("SOURCE", source)
            .Text("FN", contact.Name)
            .Compound("ORG", contact.Organisation)
            .Text("TITLE", contact.Role)
            .Text("EMAIL;TYPE=work", contact.Email)
            .Uri("TEL;VALUE=uri;TYPE=\"work,voice\"", "tel:" + contact.PhoneE164);
        if (contact.MobileE164 is { } mobile)
            card.Uri("TEL;VALUE=uri;TYPE=\"work,cell\"", "tel:" + mobile);
        return card.Uri("URL", pressRoom).ToString();
    }
}
